#ifndef LEDE_CLUASHIM_H
#define LEDE_CLUASHIM_H

#include <stddef.h>
#include <signal.h>
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

// Macros of lua.h that Swift cannot import, as functions.
int lede_registryindex(void);
int lede_upvalueindex(int i);
// LUA_EXTRASPACE of a thread: the host keeps a pointer to its owner there.
void **lede_extraspace(lua_State *L);
int lede_pcall(lua_State *L, int nargs, int nresults, int msgh);
int lede_loadbuffer(lua_State *L, const char *buffer, size_t size, const char *chunkname, const char *mode);

// Accounting shared by the allocator and the host. One per lua_State, owned by the host.
typedef struct lede_budget {
    size_t used;            // bytes currently allocated by Lua
    size_t peak;
    size_t limit;           // 0: no limit
    int host_depth;         // > 0 while Swift code runs against the state
} lede_budget;

// A lua_Alloc that refuses growth past budget->limit while Lua code runs. While
// the host is inside a Swift frame (host_depth > 0) it never refuses, because a
// refused allocation raises a Lua error, and a Lua error must not longjmp across
// Swift frames; the host sees used > limit when the Swift function returns and fails it then.
void *lede_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

// Swift functions exposed to Lua. `call` returns the number of results it
// pushed, or a negative number with an error value on top of the stack; the
// trampoline then raises that error from C, after the Swift frame has returned
// (-1: prefix the caller's position, as luaL_error does; -2: raise it as it is).
typedef int (*lede_swift_call)(lua_State *L, void *box);
typedef void (*lede_swift_release)(void *box);
void lede_pushswiftfunction(lua_State *L, void *box, lede_swift_call call, lede_swift_release release);

// Message handler for lede_pcall: the error message followed by a traceback.
int lede_traceback_handler(lua_State *L);

// Interrupts: set from a signal handler (async-signal-safe) or a deadline
// check; the hook raises "interrupted!" at the next Lua instruction.
void lede_request_interrupt(lua_State *L);
void lede_cancel_interrupt(lua_State *L);
// Routes SIGINT to lede_request_interrupt on L while Lua code runs; pass NULL
// to restore the previous disposition.
void lede_catch_sigint(lua_State *L);

#endif
