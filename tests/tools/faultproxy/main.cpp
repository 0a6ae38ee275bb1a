// sellercrm-faultproxy: a TCP fault proxy for the sync tests (drops, delays, truncated bodies,
// injected HTTP 500/503). Prints "listening on 127.0.0.1:PORT"; reads control lines on stdin.
#include "FaultProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"listen"_s, u"Address to listen on."_s, u"HOST:PORT"_s, u"127.0.0.1:0"_s},
        {u"target"_s, u"The server behind the proxy."_s, u"HOST:PORT"_s},
        {u"plan"_s, u"Faults: N=F, METHOD#N=F, METHOD*=F (F: drop, drop-after, delay:MS, delay-after:MS, truncate, 500, 503)."_s, u"PLAN"_s},
        {u"random"_s, u"Probability of a random fault per request."_s, u"RATE"_s, u"0"_s},
        {u"seed"_s, u"Seed of the random faults."_s, u"S"_s, u"1"_s},
    });
    parser.process(app);
    sellercrm::test::FaultProxy proxy;
    QTextStream err(stderr);
    const QString target = parser.value(u"target"_s);
    if (!target.isEmpty())
        proxy.command(u"target "_s + target);
    QString error;
    if (!proxy.setPlan(parser.value(u"plan"_s), &error)) {
        err << "faultproxy: " << error << Qt::endl;
        return 2;
    }
    proxy.setRandom(parser.value(u"random"_s).toDouble(), parser.value(u"seed"_s).toUInt());
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    if (!proxy.listen(QHostAddress(listen.left(colon)), quint16(listen.mid(colon + 1).toUInt()))) {
        err << "faultproxy: cannot listen on " << listen << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on 127.0.0.1:" << proxy.port() << Qt::endl;

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[1024];
        const ssize_t size = ::read(STDIN_FILENO, line, sizeof line - 1);
        if (size <= 0) {
            input.setEnabled(false); // stdin closed: keep running until killed
            return;
        }
        for (const QString& command : QString::fromUtf8(line, size).split(u'\n', Qt::SkipEmptyParts))
            out << proxy.command(command) << Qt::endl;
    });
    return app.exec();
}
