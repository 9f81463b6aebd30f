// SPDX-License-Identifier: MIT
#pragma once
// Reading PDF files back with poppler-utils (pdfinfo, pdftotext), so that tests check what a
// reader of the file would see.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Poppler {
/// Runs a poppler tool and returns its standard output; an empty string (and a test failure
/// message in \a error) when it does not run cleanly.
inline QString run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error
            = program + u' ' + arguments.join(u' ') + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    // NFKC turns the PDF's ligature glyphs ("ﬁ") back into letters.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

/// The trimmed, non-empty lines of one page of \a pdf as pdftotext -layout lays them out.
inline QStringList pageLines(const QString &pdf, int page, QString *error)
{
    const QString n = QString::number(page);
    const QString text
        = run(QStringLiteral("pdftotext"),
              {QStringLiteral("-layout"), QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf, QStringLiteral("-")}, error);
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.push_back(line.trimmed());
    }
    return lines;
}

inline QString info(const QString &pdf, const QString &key, QString *error)
{
    const QRegularExpression field(u'^' + key + QStringLiteral(":\\s*(.*)$"), QRegularExpression::MultilineOption);
    return field.match(run(QStringLiteral("pdfinfo"), {pdf}, error)).captured(1).trimmed();
}

} // namespace Poppler
