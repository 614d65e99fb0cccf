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

// Why a run was stopped from outside the script's own code.
enum {
    LEDE_STOP_NONE = 0,
    LEDE_STOP_INTERRUPT = 1,  // Ctrl-C
    LEDE_STOP_TIME = 2,       // the deadline passed
    LEDE_STOP_MEMORY = 3,     // the memory limit refused an allocation, even after a full collection
    LEDE_STOP_EXIT = 4        // the script called os.exit
};

// Accounting and limits shared by the allocator, the hook and the host. One per
// lua_State, owned by the host; the allocator and the hook reach it through
// lua_getallocf, so it needs no global.
typedef struct lede_budget {
    size_t used;            // bytes currently allocated by Lua
    size_t peak;
    size_t limit;           // 0: no limit
    int host_depth;         // > 0 while Swift code runs against the state
    lua_State *main;        // the main thread, for the allocator to arm the hook on
    volatile sig_atomic_t stop;  // a LEDE_STOP_ reason, or LEDE_STOP_NONE
    int exit_code;          // for LEDE_STOP_EXIT
    char where[256];        // "chunk:line" of the script when it was stopped, or ""
    void *refused_block;    // the last refused request, to tell Lua's retry after
    size_t refused_size;    //   its emergency collection from a new request
    int stopped_by_refusal; // the memory stop came from that refusal, and a successful
                            //   retry takes it back
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

// Stops the running code: records `reason` (a LEDE_STOP_ value) and arms a hook
// that raises an error at every Lua instruction from then on, so that a script's
// own pcall cannot swallow it. Call it while a Swift function runs for Lua.
void lede_stop(lua_State *L, int reason);
// Ctrl-C: stops with LEDE_STOP_INTERRUPT. Async-signal-safe.
void lede_request_interrupt(lua_State *L);
// Clears a stop after the stopped call has returned.
void lede_cancel_interrupt(lua_State *L);
// A deadline costs nothing until it passes (a count hook would slow every Lua
// instruction twofold): the host's timer thread then sends SIGALRM to the thread
// running L, and the handler stops L as Ctrl-C does. Code inside a coroutine
// is not reached (the hook is armed on L only); the host's watchdog ends it.
void lede_watch_deadline(lua_State *L);
// Forgets L, if it is the watched state (before L is closed).
void lede_unwatch_deadline(lua_State *L);
// Routes SIGINT to lede_request_interrupt on L while Lua code runs; pass NULL
// to restore the previous disposition.
void lede_catch_sigint(lua_State *L);

// lua_gc is variadic: pausing the collector while Swift code runs for Lua keeps
// finalizers (Lua code) from running where the allocator must not refuse memory.
// lede_gc_pause returns whether it paused a running collector.
int lede_gc_pause(lua_State *L);
void lede_gc_resume(lua_State *L);

// Flushes C's stdout, where Lua's print and io.write (and Swift's print) write.
// Returns 0, the errno of the flush when it fails, or -1 when an earlier write
// failed (Lua's print flushes by itself, and errno is gone by now); the error flag
// is then cleared. `discard` drops buffered bytes instead of writing them.
int lede_flush_stdout(int discard);

#endif
