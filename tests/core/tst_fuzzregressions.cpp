// Regression tests for what the libFuzzer targets in fuzz/ found. Each test is named after the target
// and the artifact (crash-*, leak-*, timeout-* with the first 8 hex digits of its name) and holds the
// input as the fuzzer wrote it, so `fuzz_<target> <artifact>` and this test replay the same bytes.
#include "geo/worldgeometry.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace atlas;

namespace {
template <std::size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, static_cast<qsizetype>(N - 1));
}
} // namespace

// fuzz_topojson, timeout-a70586a3e2edf0426431a0ca64d49a1140401c97: the "translate" key is mangled, so
// the quantized arcs are read as absolute positions of up to 99 999°, and densifying them to 1° steps
// ran for minutes. Positions off the globe are now rejected by the decoder.
TEST(FuzzRegression, Topojson_timeout_a70586a3_PositionsOffTheGlobe)
{
    static const char input[] =
        "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.0036000360003600037,0.001736003453784538],\"\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
        "\xff\xff\xff\xff\xff\xff\xff\xff\xfftranslate\":[-180,-89.999]},\"objects\":{\"countries\":{\"type"
        "\":\"GeometryCollection\",\"geometries\":[{\"type\":\"MultiPolygon\",\"arcs\":[[[0]],[[1]],[[2]],[["
        "3]],[[4]],[[5]],[[6]],[[7]],[[8]],[[9]],[[10]],[[11]],[[12]],[[13]],[[14]],[[15]],[[16]],[[17]],[[1"
        "8]],[[19]]],\"id\":\"FJI\",\"properties\":{\"name\":\"Fiji\"}}]}},\"arcs\":[[[99999,42529],[-106,-2"
        "07],[62,-6],[18,-26],[-53,-92],[-95,-28],[-48,46],[-88,-100],[-68,20],[-27,87],[40,20],[76,105],[11"
        "1,59],[99,99],[79,23]],[[99521,41836],[37,-87],[45,-131],[6,-207],[-73,-15],[-105,-74],[-138,67],[-"
        "57,134],[31,74],[11,60],[115,169],[119,34],[9,-24]],[[0,42174],[37,-38],[-37,38]],[[99999,42071],[0"
        ",102],[0,-102]],[[99579,40913],[-56,-17],[-35,-68],[-30,35],[64,60],[57,-10]],[[281,41487],[-25,19]"
        ",[25,-19]],[[344,41339],[-8,28],[8,-28]],[[486,41501],[-8,38],[8,-38]],[[290,41893],[-4,35],[5,17],"
        "[-1,-52]],[[407,40802],[-18,17],[10,11],[6,-22],[2,-6]],[[56,40932],[-11,-12],[-8,-21],[10,43],[9,-"
        "10]],[[99231,41965],[6,54],[-6,-54]],[[99839,41839],[2,55],[-2,-55]],[[99818,41415],[-21,76],[21,-7"
        "6]],[[99673,41630],[1,64],[-1,-64]],[[99999,42315],[-99983,57],[-16,-57],[99999,0]],[[0,42538],[0,-"
        "9],[0,9]],[[99199,44639],[-26,10],[26,-10]],[[98507,39346],[-7,15],[7,-15]],[[358,39937],[-5,5],[3,"
        "4],[2,-9]]]}"
        ;
    QElapsedTimer timer;
    timer.start();
    QString error;
    EXPECT_FALSE(WorldGeometry::fromTopoJson(bytes(input), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("outside longitude"))) << error.toStdString();
    EXPECT_LT(timer.elapsed(), 1000);
}

// fuzz_topojson, crash-f7d4f1a0b70c7898dd83ee5107a23d6a29927899: an arc index written as 8E7480 is
// infinite, and converting it to int was undefined behaviour (UBSan: "inf is outside the range of
// representable values of type 'int'"). Arc indices must now be whole numbers within int's range, and
// every number must be finite.
TEST(FuzzRegression, Topojson_crash_f7d4f1a0_InfiniteArcIndex)
{
    static const char input[] =
        "{\"type\":\"Top=logy\",\"transform\":{\"scale\":[0.0036000360003600037,0.001736003453784538],\"tran"
        "slate\":[-180,-89.999]},\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":"
        "[{\"type\":\"MultiPolygon\",\"arcs\":[[[0]],[[1]],[[2]],[[428,73630]],[[8E7480,71594]],[[86283,6927"
        "5]],[[86377,69352]],[[86133,70408]],[[85910,71499]],[[85940,71632]],[[85740,70727]],[[86216,70520]]"
        ",[[89186,77956]],[[89248,77833]],[[88744,76083]],[[87319,71706]],[[88737,71846]],[[85854,70760]],[["
        "[[55]],[[56]],[[57]],[[58]],[[59]],[[60]],[[61]],[[62]],[[63]],[[\"GeometryCollection\"[67]],[[68]]"
        ",[[69]],[[70]],[[71]],[[72]],[[73]],[[74]],[[75]],[[76]],[[77]],[[78]],85969,70980]],[[86054,71283]"
        "],[[86826,71494]],[[86740,71396]],[[86032,70078]],[[89496,67175]],[[89950,77256],[467,-543],[-1310,"
        "-389],[-209,-591],[336,986],[508,777],[208,-240]],[[86437,71199],[83,-1051],[-231,-294],[-113,1100]"
        ",[-68,-188],[329,433]],[[97321,71576],[-458,-780],[118,590],[340,190]],[[89229,75675],[89,-1504],[-"
        "252,-1786],[-243,-96],[-349,-293],[-491,21],[-385,-212],[-892,-470],[154,910],[919,329],[529,619],["
        "565,1625],[193,732],[163,125]],[[84525,65964]],[[84413,65829]],[[84845,66096]],[[85627,67196],[-39,"
        "33],[39,-33]],[[85832,67811]],[[85958,68092]],[[85922,68032]],[[88844,70884]]]}"
        ;
    QString error;
    EXPECT_FALSE(WorldGeometry::fromTopoJson(bytes(input), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("number"))) << error.toStdString();
}

// fuzz_topojson on a hand-made input rather than a libFuzzer artifact (the fuzzer's inputs stay under
// 4 KB, too short to find it): 200 000 nested '[' under an unknown key overflowed the stack in the
// recursive JsonReader::skipValue (ASan: stack-overflow). Nesting is now limited to 256 levels.
TEST(FuzzRegression, Topojson_handmade_DeepNestingStackOverflow)
{
    constexpr int kDepth = 200000;
    const QByteArray input = QByteArrayLiteral("{\"type\":\"Topology\",\"foo\":") + QByteArray(kDepth, '[')
        + QByteArray(kDepth, ']') + QByteArrayLiteral("}");
    QString error;
    EXPECT_FALSE(WorldGeometry::fromTopoJson(input, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nested too deeply"))) << error.toStdString();
}
