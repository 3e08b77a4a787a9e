# SPDX-License-Identifier: MIT
# Sources of the task runner (engine/task), added to ferry_engine.
target_sources(ferry_engine PRIVATE
    task/column_expressions.cpp task/column_expressions.h
    task/control_tables.cpp task/control_tables.h
    task/exceptions.cpp task/exceptions.h
    task/finish_phase.cpp
    task/full_load_phase.cpp
    task/load_settings.cpp task/load_settings.h
    task/prepare_phase.cpp
    task/state_text.cpp task/state_text.h
    task/stored_statistics.cpp task/stored_statistics.h
    task/task_clock.cpp task/task_clock.h
    task/task_keys.cpp
    task/task_log.cpp task/task_log.h
    task/task_phases.h
    task/task_request.cpp task/task_request.h
    task/task_rows.cpp
    task/task_run.cpp task/task_run.h
    task/task_runner.cpp task/task_runner.h
    task/task_snapshot.cpp task/task_snapshot.h
    task/task_tables.cpp
)
