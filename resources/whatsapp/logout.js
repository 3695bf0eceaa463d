// Best-effort "Log out" from WhatsApp Web's menu: menu, "Log out", then the confirmation.
(function (SEL, ARGS, H) {
    // The app's menu, not a chat's "More options" in #main.
    const menu = H.qa(SEL.menuButton).filter(m => !(SEL.mainPanel && m.closest(SEL.mainPanel)))[0];
    if (!menu) return false;
    (menu.closest('button, [role="button"]') || menu).click();
    setTimeout(function () {
        const item = H.buttonWithText(document, SEL.logoutText);
        if (item) item.click();
        setTimeout(function () {
            const dialog = H.dialogWith(SEL.logoutText);
            const confirm = dialog && H.buttonWithText(dialog, SEL.logoutText);
            if (confirm) confirm.click();
        }, 300);
    }, 300);
    return true;
})
