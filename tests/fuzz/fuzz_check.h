// Shared by the libFuzzer targets: an invariant check that stays on in release builds.
//
// The fuzz preset builds RelWithDebInfo, where NDEBUG turns assert() off, so the targets use
// this instead. It names the broken condition on stderr before aborting: libFuzzer catches
// the abort, saves the input and prints the stack, and the line tells which invariant broke.
#pragma once

#include <cstdio>
#include <cstdlib>

#define C360_FUZZ_CHECK(cond)                                                                      \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
