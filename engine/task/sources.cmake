# SPDX-License-Identifier: MIT
# Sources of the task runner (engine/task), added to ferry_engine.
ferry_units(ferry_engine task
    column_expressions control_tables exception_facts exceptions finish_phase full_load_phase
    load_settings occupied_targets prepare_phase state_text stored_statistics task_clock
    task_keys task_log task_phases task_request task_rows task_run task_runner task_snapshot
    task_tables)
