# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the console in demo mode offscreen with --screenshot and checks that it exits 0 with a real PNG.
set(shot "${OUT_DIR}/ctest-screenshot.png")
file(REMOVE "${shot}")
execute_process(COMMAND "${APP}" --demo --demo-resources 400 --screenshot "${shot}"
                RESULT_VARIABLE code TIMEOUT 90)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "waldur-provider-console --screenshot exited with ${code}")
endif()
file(SIZE "${shot}" size)
file(READ "${shot}" magic LIMIT 8 HEX)
if(NOT magic STREQUAL "89504e470d0a1a0a" OR size LESS 20000)
    message(FATAL_ERROR "screenshot is not a plausible PNG (${size} bytes, magic ${magic})")
endif()
message(STATUS "screenshot ok: ${size} bytes")
