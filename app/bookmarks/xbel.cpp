// SPDX-License-Identifier: MIT
#include "xbel.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

const QString Owner = QStringLiteral("rust-atlas");

QString tr(const char *text)
{
    return QCoreApplication::translate("Xbel", text);
}

/// Reads <info> of the current bookmark: our metadata, anything else skipped.
void readInfo(QXmlStreamReader &xml, BookmarkNode *node)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"metadata" && xml.attributes().value(QLatin1String("owner")) == Owner) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"pack")
                    node->packRoot = xml.readElementText();
                else if (xml.name() == u"page")
                    node->pageId = xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

void writeNode(QXmlStreamWriter &xml, const BookmarkNode &node)
{
    if (node.isFolder()) {
        xml.writeStartElement(QStringLiteral("folder"));
        xml.writeTextElement(QStringLiteral("title"), node.title);
        for (const auto &child : node.children)
            writeNode(xml, *child);
        xml.writeEndElement();
        return;
    }
    xml.writeStartElement(QStringLiteral("bookmark"));
    xml.writeAttribute(QStringLiteral("href"), node.href);
    if (node.added.isValid())
        xml.writeAttribute(QStringLiteral("added"), node.added.toUTC().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("title"), node.title);
    xml.writeStartElement(QStringLiteral("info"));
    xml.writeStartElement(QStringLiteral("metadata"));
    xml.writeAttribute(QStringLiteral("owner"), Owner);
    if (!node.packRoot.isEmpty())
        xml.writeTextElement(QStringLiteral("pack"), node.packRoot);
    xml.writeTextElement(QStringLiteral("page"), node.pageId);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

std::unique_ptr<BookmarkNode> Xbel::read(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > MaxBytes) {
        *error = tr("the file is larger than %1 MiB").arg(MaxBytes / 1024 / 1024);
        return nullptr;
    }
    auto root = std::make_unique<BookmarkNode>();
    QXmlStreamReader xml(bytes);
    xml.setEntityExpansionLimit(1024); // "billion laughs" stops here
    const auto fail = [&](const QString &message) {
        *error = tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(message);
        return nullptr;
    };
    if (!xml.readNextStartElement())
        return fail(xml.hasError() ? xml.errorString() : tr("the file is empty"));
    if (xml.name() != u"xbel")
        return fail(tr("this is no XBEL file (it starts with <%1>)").arg(xml.name().toString()));
    if (const auto version = xml.attributes().value(QLatin1String("version")); !version.isEmpty() && version != u"1.0")
        return fail(tr("XBEL version %1 is not supported").arg(version.toString()));

    BookmarkNode *folder = root.get();
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"folder" && folder->parent) {
                folder = folder->parent;
                --depth;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"folder") {
            if (++depth > MaxDepth)
                return fail(tr("folders are nested deeper than %1").arg(MaxDepth));
            folder = folder->add(std::make_unique<BookmarkNode>());
        } else if (xml.name() == u"title" && folder != root.get()) {
            folder->title = xml.readElementText(QXmlStreamReader::SkipChildElements).simplified();
        } else if (xml.name() == u"bookmark") {
            auto bookmark = std::make_unique<BookmarkNode>();
            bookmark->kind = BookmarkNode::Kind::Bookmark;
            bookmark->href = xml.attributes().value(QLatin1String("href")).toString();
            bookmark->added = QDateTime::fromString(xml.attributes().value(QLatin1String("added")).toString(), Qt::ISODate);
            while (xml.readNextStartElement()) {
                if (xml.name() == u"title")
                    bookmark->title = xml.readElementText(QXmlStreamReader::SkipChildElements).simplified();
                else if (xml.name() == u"info")
                    readInfo(xml, bookmark.get());
                else
                    xml.skipCurrentElement();
            }
            if (bookmark->pageId.isEmpty() && bookmark->href.startsWith(QLatin1String("atlas:")))
                bookmark->pageId = bookmark->href.mid(6); // written by another program: still ours
            folder->add(std::move(bookmark));
        } else if (xml.name() != u"separator" && xml.name() != u"title") {
            xml.skipCurrentElement(); // <desc>, <info>, <alias> of folders: kept by nobody here
        }
    }
    if (xml.hasError())
        return fail(xml.errorString());
    return root;
}

QByteArray Xbel::write(const BookmarkNode &root)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE xbel>"));
    xml.writeStartElement(QStringLiteral("xbel"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    for (const auto &child : root.children)
        writeNode(xml, *child);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
