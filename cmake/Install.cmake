# What `cmake --install` puts where (the freedesktop.org places a desktop app uses), and the .deb
# that CPack builds from it. The test doubles are never installed: only the sdr-sender binary.
include(GNUInstallDirs)

set(SDR_APP_ID org.sdrsender.SdrSender)

install(TARGETS sdr-sender RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/resources/linux/${SDR_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/linux/${SDR_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 16 32 48 64 128 256)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/sdr-sender-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME sdr-sender.png)
endforeach()
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/sdr-sender.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
if(SDR_QM_FILES)
    install(FILES ${SDR_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/sdr-sender/translations)
endif()

set(CPACK_PACKAGE_NAME sdr-sender)
set(CPACK_PACKAGE_VENDOR "SDR Sender developers")
set(CPACK_PACKAGE_CONTACT "SDR Sender developers <sdr-sender@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop app for sales teams: each SDR links their own WhatsApp account by scanning a QR code, and
every lead from the CRM is sent through the WhatsApp Web session of the SDR it is assigned to.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
# Library dependencies come from dpkg-shlibdeps (so the Qt WebEngine version the package was built
# against is required); what the binary loads at run time without linking it is named here: the
# WebEngine helper process, the SQLite driver and the X11/Wayland platform plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6webenginecore6-bin, libqt6sql6-sqlite, qt6-qpa-plugins")
# The CRM token lives in a Secret Service keychain; without one the app uses SDR_SENDER_TOKEN.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")
include(CPack)
