# SPDX-License-Identifier: GPL-3.0-or-later
# Runs APP with ARGS (a ;-list) and fails unless it exits with EXPECTED and prints MATCH on stderr.
execute_process(COMMAND "${APP}" ${ARGS} RESULT_VARIABLE code ERROR_VARIABLE err TIMEOUT 30)
if(NOT code STREQUAL "${EXPECTED}")
    message(FATAL_ERROR "exit code ${code}, expected ${EXPECTED}; stderr: ${err}")
endif()
if(DEFINED MATCH AND NOT err MATCHES "${MATCH}")
    message(FATAL_ERROR "stderr does not mention '${MATCH}': ${err}")
endif()
