# SPDX-License-Identifier: MIT
# Desktop integration, install layout and the Debian package. Included last from the top-level
# CMakeLists.txt, so every install() rule (app/CMakeLists.txt installs the two executables)
# exists before CPack reads them. `cpack -G DEB` in the build directory writes
# ferry_<version>_<arch>.deb; tests/packaging/test_deb.sh builds and inspects it.
set(FERRY_APP_ID org.ferry.Ferry)
set(_packaging_dir ${CMAKE_CURRENT_LIST_DIR})

# Hicolor PNG icons, rendered from the scalable SVG at build time by a small QtSvg tool (no
# extra package: qt6-svg-dev is already a build dependency).
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)
qt_add_executable(ferry_render_svg ${_packaging_dir}/tools/render_svg.cpp)
target_link_libraries(ferry_render_svg PRIVATE Qt6::Gui Qt6::Svg ferry_build_options)
set_target_properties(ferry_render_svg PROPERTIES RUNTIME_OUTPUT_DIRECTORY
    ${CMAKE_BINARY_DIR}/tools)

set(_app_svg ${_packaging_dir}/${FERRY_APP_ID}.svg)
set(_app_pngs)
foreach(size IN ITEMS 16 32 48 64 128 256)
    set(png ${CMAKE_BINARY_DIR}/packaging/icons/${size}x${size}/apps/${FERRY_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ferry_render_svg ${_app_svg} ${png} ${size}
        DEPENDS ferry_render_svg ${_app_svg}
        COMMENT "Rendering the ${size}x${size} application icon" VERBATIM)
    list(APPEND _app_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(ferry_app_icons ALL DEPENDS ${_app_pngs})

# qt_standard_project_setup() gives executables an install run path of $ORIGIN/../lib; the
# installed programs use only system libraries, so they get none (as Debian policy wants).
set_target_properties(ferry ferry-workbench PROPERTIES INSTALL_RPATH "")

install(FILES ${_app_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${_packaging_dir}/${FERRY_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_packaging_dir}/${FERRY_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_packaging_dir}/${FERRY_APP_ID}.mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${FERRY_APP_ID}.xml)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${_packaging_dir}/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ferry)

# CPack: one Debian package, "ferry". dpkg-shlibdeps computes Depends from the executables'
# shared libraries (Qt, libpqxx, libmariadb, unixODBC, SQLite, yaml-cpp, libsecret); the
# explicit Depends add what is loaded at run time as a plugin and so is invisible to it:
# libqt6svg6 holds the SVG icon engine and image plugins that draw every icon. (The xcb and
# offscreen platform plugins ship in libqt6gui6, which shlibdeps finds; Debian's
# qt6-qpa-plugins holds only VNC and touch plugins, so it is not needed.)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ferry)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Ferry authors")
set(CPACK_PACKAGE_CONTACT "Ferry maintainers <maintainers@ferry.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "database migration workbench")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Ferry migrates databases between PostgreSQL, MySQL/MariaDB, SQLite and ODBC sources.
The ferry-workbench desktop application sets up migrations and shows live table
statistics, throughput and rejected rows; the ferry command-line tool runs the
same engine for automation.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Native Wayland windows (otherwise XWayland); ODBC drivers and a Secret Service for the keyring.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "odbc-postgresql, odbc-mariadb, libsqliteodbc, gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)

if(FERRY_BUILD_TESTS)
    add_subdirectory(${CMAKE_SOURCE_DIR}/tests/packaging ${CMAKE_BINARY_DIR}/tests/packaging)
endif()
