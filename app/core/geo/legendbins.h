#pragma once

#include <QString>
#include <QVector>

namespace atlas {

/// \brief Classes a layer's values into legend bins: value -> bin, bin -> label and shade.
///
/// Few distinct whole numbers (첨부 1 counts) get one bin each, so a count is never lumped with another;
/// everything else gets "nice" equal-width bins (1, 2 or 5 × 10^k wide). For ranks (lower is better)
/// the shade runs the other way, so the darkest colour always means "best".
class LegendBins
{
public:
    struct Bin
    {
        double lower = 0;   ///< inclusive
        double upper = 0;   ///< exclusive, except for the last bin (inclusive)
        QString label;
    };

    static LegendBins fromValues(const QVector<double>& values, bool lowerIsBetter, int maxBins = 5);

    int count() const { return int(m_bins.size()); }
    const Bin& bin(int index) const { return m_bins.at(index); }
    bool isEmpty() const { return m_bins.isEmpty(); }
    bool isDiscrete() const { return m_discrete; }
    bool lowerIsBetter() const { return m_lowerIsBetter; }
    /// -1 when \a value lies outside every bin.
    int binOf(double value) const;
    /// 0 (lightest) .. 1 (darkest) for the colour ramp; the best bin is darkest.
    double shade(int index) const;

private:
    QVector<Bin> m_bins;
    bool m_discrete = false;
    bool m_lowerIsBetter = false;
};

} // namespace atlas
