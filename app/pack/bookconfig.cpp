// SPDX-License-Identifier: MIT
#include "bookconfig.h"

#include <QFile>

#include <toml++/toml.h>

#include <string_view>

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

BookConfig BookConfig::read(const QString &tomlFilePath)
{
    QFile file(tomlFilePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        BookConfig config;
        config.error = QStringLiteral("cannot read book.toml: %1").arg(file.errorString());
        return config;
    }
    return parse(file.readAll());
}

BookConfig BookConfig::parse(const QByteArray &utf8)
{
    BookConfig config;
    toml::table root;
    try {
        root = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    } catch (const toml::parse_error &error) {
        config.error = QStringLiteral("book.toml is not valid TOML: %1").arg(toQString(error.description()).simplified());
        config.errorLine = int(error.source().begin.line);
        return config;
    }
    const toml::node_view<toml::node> book = root[std::string_view("book")];
    if (!book)
        return config; // mdBook accepts a book.toml without [book]
    if (!book.is_table()) {
        config.error = QStringLiteral("book.toml: 'book' is not a table");
        config.errorLine = int(book.node()->source().begin.line);
        return config;
    }
    if (const auto title = book[std::string_view("title")].value<std::string_view>())
        config.title = toQString(*title);
    if (const auto language = book[std::string_view("language")].value<std::string_view>())
        config.language = toQString(*language);
    if (const auto src = book[std::string_view("src")].value<std::string_view>(); src && !src->empty())
        config.sourceDir = toQString(*src);
    if (const toml::array *authors = book[std::string_view("authors")].as_array()) {
        for (const toml::node &author : *authors) {
            if (const auto name = author.value<std::string_view>())
                config.authors.push_back(toQString(*name));
        }
    }
    return config;
}
