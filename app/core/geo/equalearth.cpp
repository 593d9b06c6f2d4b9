#include "equalearth.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr double kA1 = 1.340264;
constexpr double kA2 = -0.081106;
constexpr double kA3 = 0.000893;
constexpr double kA4 = 0.003796;
const double kM = std::sqrt(3.0) / 2.0;

double northing(double theta)
{
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return theta * (kA1 + kA2 * t2 + t6 * (kA3 + kA4 * t2));
}

double northingDerivative(double theta)
{
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return kA1 + 3 * kA2 * t2 + t6 * (7 * kA3 + 9 * kA4 * t2);
}
} // namespace

QPointF EqualEarth::project(QPointF lonLat)
{
    const double lambda = qDegreesToRadians(lonLat.x());
    const double phi = qDegreesToRadians(std::clamp(lonLat.y(), -90.0, 90.0));
    const double theta = std::asin(kM * std::sin(phi));
    const double x = 2 * std::sqrt(3.0) * lambda * std::cos(theta) / (3 * northingDerivative(theta));
    return {x, -northing(theta)};
}

std::optional<QPointF> EqualEarth::unproject(QPointF xy)
{
    const double y = -xy.y();
    const double yMax = maxY();
    constexpr double kEps = 1e-9;
    if (std::abs(y) > yMax + kEps)
        return std::nullopt;
    // Newton on theta: northing() is monotonic on [-pi/3, pi/3], so a start at theta = y converges in a
    // handful of steps to 1e-12.
    double theta = std::clamp(y, -M_PI / 3, M_PI / 3);
    for (int i = 0; i < 20; ++i) {
        const double delta = (northing(theta) - y) / northingDerivative(theta);
        theta -= delta;
        if (std::abs(delta) < 1e-12)
            break;
    }
    theta = std::clamp(theta, -M_PI / 3, M_PI / 3);
    const double cosTheta = std::cos(theta);
    const double sinPhi = std::clamp(std::sin(theta) / kM, -1.0, 1.0);
    const double lat = qRadiansToDegrees(std::asin(sinPhi));
    // At the poles every x maps to the pole; elsewhere the longitude comes from x.
    double lon = 0;
    if (cosTheta > 1e-12)
        lon = qRadiansToDegrees(3 * xy.x() * northingDerivative(theta) / (2 * std::sqrt(3.0) * cosTheta));
    else if (std::abs(xy.x()) > kEps)
        return std::nullopt;
    if (std::abs(lon) > 180 + 1e-7)
        return std::nullopt;
    return QPointF(std::clamp(lon, -180.0, 180.0), lat);
}

double EqualEarth::maxX()
{
    return project({180, 0}).x();
}

double EqualEarth::maxY()
{
    return -project({0, 90}).y();
}

QRectF EqualEarth::extent()
{
    return QRectF(QPointF(-maxX(), -maxY()), QPointF(maxX(), maxY()));
}

} // namespace atlas
