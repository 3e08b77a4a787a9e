# SPDX-License-Identifier: MIT
# Sources of ui/wizards, added to ferry_ui (one owner per folder).
target_sources(ferry_ui PRIVATE
    wizards/endpoint_wizard.cpp wizards/endpoint_wizard.h
    wizards/wizard_support.cpp wizards/wizard_support.h
    wizards/endpoint/connection_test_page.cpp wizards/endpoint/connection_test_page.h
    wizards/endpoint/connection_test_page.ui
    wizards/endpoint/endpoint_details_page.cpp wizards/endpoint/endpoint_details_page.h
    wizards/endpoint/endpoint_page_set.cpp wizards/endpoint/endpoint_page_set.h
    wizards/endpoint/engine_page.cpp wizards/endpoint/engine_page.h
    wizards/endpoint/engine_page.ui
    wizards/endpoint/odbc_page.cpp wizards/endpoint/odbc_page.h wizards/endpoint/odbc_page.ui
    wizards/endpoint/password_field.cpp wizards/endpoint/password_field.h
    wizards/endpoint/password_field.ui
    wizards/endpoint/server_page.cpp wizards/endpoint/server_page.h
    wizards/endpoint/server_page.ui
    wizards/endpoint/sqlite_page.cpp wizards/endpoint/sqlite_page.h
    wizards/endpoint/sqlite_page.ui
)
target_sources(ferry_ui PRIVATE
    wizards/project_wizard.cpp wizards/project_wizard.h
    wizards/project/endpoint_choice_page.cpp wizards/project/endpoint_choice_page.h
    wizards/project/endpoint_choice_page.ui
    wizards/project/mapping_page.cpp wizards/project/mapping_page.h
    wizards/project/mapping_page.ui
    wizards/project/migration_type_page.cpp wizards/project/migration_type_page.h
    wizards/project/migration_type_page.ui
    wizards/project/project_location_page.cpp wizards/project/project_location_page.h
    wizards/project/project_location_page.ui
    wizards/project/summary_page.cpp wizards/project/summary_page.h
    wizards/project/summary_page.ui
)
