// Best-effort "Log out" from WhatsApp Web's menu: menu, "Log out", then the confirmation.
(function (SEL, ARGS, H) {
    const menu = H.q(SEL.menuButton);
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
