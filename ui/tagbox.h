#pragma once

#include <QFrame>
#include <QStringList>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace lectern {

// Tag names as the user typed them, comma-separated, made canonical: each "/" level trimmed and its inner
// whitespace collapsed, empty levels and empty names dropped, duplicates (ignoring case) dropped, first kept.
// "  a / b//c , A/B/c, ,x" -> {"a/b/c", "x"}.
QStringList normalizedTagList(const QString &text);

// The small popup that tags the selected papers from the keyboard (Ctrl+T adds, Ctrl+Shift+T removes): a line for
// several comma-separated tags, completing hierarchical names by any part of their path. Enter emits accepted()
// and closes; Esc closes without a signal. In Remove mode the window gives only the selected papers' tags.
class TagBox : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { Add, Remove };

    explicit TagBox(QWidget *parent);
    ~TagBox() override;

    // Sets the title ("Add tags to 3 papers") and the names to complete; clears the line.
    void setMode(Mode mode, int paperCount);
    Mode mode() const { return m_mode; }
    // The names the completer offers; a typed name that equals one of them but for case takes its spelling.
    void setTags(const QStringList &tags);
    QStringList tags() const;

    // Shows the box under `anchor` (global coordinates), or centred over `widget`, with the line focused.
    void popupUnder(const QRect &anchor);
    void popupOver(QWidget *widget);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QString title() const;

Q_SIGNALS:
    void accepted(const QStringList &tags);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void complete();
    void insertCompletion(const QString &completion);
    void apply();
    // The part of the line the cursor is in, between commas: [start, end).
    std::pair<int, int> currentSegment() const;

    Mode m_mode = Mode::Add;
    QLabel *m_title = nullptr;
    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_tagModel = nullptr;
};

} // namespace lectern
