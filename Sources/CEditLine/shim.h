// pkg-config libedit puts .../include/editline on the path, so the
// readline-compatible headers are included by their bare names.
#include <stdio.h>
#include <readline.h>
#include <history.h>
