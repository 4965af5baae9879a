#pragma once

#include "import/formatparser.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace lectern {

// Every parser Lectern knows, and content-based detection among them.
class FormatRegistry
{
public:
    FormatRegistry();
    ~FormatRegistry();

    static const FormatRegistry &instance();

    // The parser most confident about `text`, or nullptr when none reaches the recognition threshold.
    const FormatParser *detect(QStringView text) const;
    const FormatParser *byId(const QString &id) const;
    const std::vector<std::unique_ptr<FormatParser>> &parsers() const { return m_parsers; }
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<FormatParser>> m_parsers;
};

} // namespace lectern
