#pragma once

#include "domain/entities.h"

#include <QLineEdit>

class QListWidget;
class QTimer;

namespace atlas {

class SearchEngine;

/// \brief The one search box (Ctrl+K): results from every entity, grouped by type and ranked, in a
/// popup list under the box; Enter or a click chooses one.
class SearchBox : public QLineEdit
{
    Q_OBJECT
public:
    SearchBox(const SearchEngine* engine, QWidget* parent = nullptr);
    void setLanguage(Lang lang) { m_lang = lang; }
    QListWidget* results() const { return m_list; }
    void runNow();   ///< searches without waiting for the typing pause (tests, Enter)

signals:
    void resultActivated(const QString& type, const QString& id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(int row);
    static QString typeLabel(const QString& type);
    const SearchEngine* m_engine;
    Lang m_lang = Lang::Korean;
    QListWidget* m_list;
    QTimer* m_debounce;
};

} // namespace atlas
