// Shared test main: offscreen by default (test discovery runs us at build time, without a display),
// one application object per binary, and model-tester warnings turned into test failures.
#include <gtest/gtest.h>

#ifdef ATLAS_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QLocale>
#include <QStandardPaths>

namespace {
QtMessageHandler g_previous = nullptr;

void failOnModelTesterWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type >= QtWarningMsg)
        ADD_FAILURE() << "QAbstractItemModelTester: " << message.toStdString();
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);  // QSettings of UI tests never touch the user's
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    g_previous = qInstallMessageHandler(failOnModelTesterWarnings);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("ai-trends-atlas-tests"));
    TestApplication::setApplicationName(QStringLiteral("tests"));
    return RUN_ALL_TESTS();
}
