// SPDX-License-Identifier: MIT
#include "search/exactforms.h"

#include <QTest>

class TestExactForms : public QObject
{
    Q_OBJECT

private slots:
    void singularAndLowerCase_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("form");
        QTest::newRow("plural") << "Crates"
                                << "crate";
        QTest::newRow("ies") << "queries"
                             << "query";
        QTest::newRow("es") << "boxes"
                            << "boxe";
        QTest::newRow("ss stays") << "class"
                                  << "class";
        QTest::newRow("us stays") << "bus"
                                  << "bus";
        QTest::newRow("short stays") << "is"
                                     << "is";
        QTest::newRow("other suffixes stay") << "operations"
                                             << "operation";
        QTest::newRow("not a stem") << "operator"
                                    << "operator";
    }

    void singularAndLowerCase()
    {
        QFETCH(QString, word);
        QFETCH(QString, form);
        QCOMPARE(ExactForms::marked(word), QString(form + QChar(0xE000)));
    }

    void everyWordMarked()
    {
        const QString m(QChar(0xE000));
        QCOMPARE(ExactForms::of(QStringLiteral("Operator overloading\nThe ? Operators")),
                 QStringList({QStringLiteral("operator") + m, QStringLiteral("overloading") + m, QStringLiteral("the") + m,
                              QStringLiteral("operator") + m})
                     .join(u' '));
        QCOMPARE(ExactForms::of(QStringLiteral(" ... ")), QString());
        // Each word on the index's side is the query's marked word: both come from marked().
        QCOMPARE(ExactForms::of(QStringLiteral("Crates")), ExactForms::marked(QStringLiteral("crate")));
    }
};

QTEST_GUILESS_MAIN(TestExactForms)
#include "tst_exactforms.moc"
