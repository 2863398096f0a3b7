// SPDX-License-Identifier: GPL-3.0-or-later
// The About box names what a bug report needs: the version, the git revision and the libraries
// this copy runs with (Qt, SQLite, libsodium), as `barter-ledger --version` prints them. The
// window icon comes from the program's own resources at every size of the hicolor theme.
#include "application.h"
#include "build_info.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QMessageBox>
#include <QTimer>

#include <gtest/gtest.h>

namespace barter::ui::testing {
namespace {

TEST(AboutTest, NamesTheVersionTheRevisionAndTheLibraries) {
    MainWindow window;
    window.show();
    QAction* about = window.action(QStringLiteral("about"));
    ASSERT_NE(about, nullptr);
    QString text;
    // Runs inside the box's exec(), once it is shown.
    QTimer::singleShot(0, &window, [&] {
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        ASSERT_NE(box, nullptr);
        text = box->text();
        box->done(QMessageBox::Close);
    });
    about->trigger();

    const BuildInfo info = buildInfo();
    EXPECT_FALSE(info.version.empty());
    EXPECT_FALSE(info.revision.empty());
    for (const std::string& fact : {info.version, info.revision, std::string("Qt ") + qVersion(),
                                    "SQLite " + info.sqlite, "libsodium " + info.sodium})
        EXPECT_TRUE(text.contains(QString::fromStdString(fact)))
            << fact << " in " << text.toStdString();
}

TEST(AboutTest, TheIconHasEveryHicolorSize) {
    const QIcon icon = Application::icon();
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        EXPECT_TRUE(sizes.contains(QSize(size, size))) << size;
        EXPECT_FALSE(icon.pixmap(size, size).isNull()) << size;
    }
}

} // namespace
} // namespace barter::ui::testing
