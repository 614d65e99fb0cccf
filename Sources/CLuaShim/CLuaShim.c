#include "CLuaShim.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>
#ifdef __GLIBC__
#include <stdio_ext.h>
#endif

int lede_registryindex(void) { return LUA_REGISTRYINDEX; }
int lede_upvalueindex(int i) { return lua_upvalueindex(i); }
void **lede_extraspace(lua_State *L) { return (void **)lua_getextraspace(L); }

int lede_pcall(lua_State *L, int nargs, int nresults, int msgh) {
    return lua_pcall(L, nargs, nresults, msgh);
}

int lede_loadbuffer(lua_State *L, const char *buffer, size_t size, const char *chunkname, const char *mode) {
    return luaL_loadbufferx(L, buffer, size, chunkname, mode);
}

static void record_where(lede_budget *budget, lua_State *L);
static void arm_stop_hook(lua_State *L);

// Room granted past the limit once it has been hit, so the error message and its
// traceback can still be built.
#define LEDE_MEMORY_SLACK (1u << 20)

void *lede_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    lede_budget *budget = (lede_budget *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        budget->used -= old;
        return NULL;
    }
    if (budget->limit && nsize > old && budget->host_depth == 0) {
        size_t after = budget->used - old + nsize;
        int retry = ptr == budget->refused_block && nsize == budget->refused_size;
        if (retry && budget->stop == LEDE_STOP_MEMORY && budget->stopped_by_refusal) {
            // Lua's second try, after the emergency collection the refusal triggered.
            if (after > budget->limit) return NULL;
            // The collection made room: the limit was not really reached.
            budget->stop = LEDE_STOP_NONE;
            budget->stopped_by_refusal = 0;
            budget->where[0] = 0;
            lua_sethook(budget->main, NULL, 0, 0);
        } else if (after > budget->limit + (budget->stop == LEDE_STOP_MEMORY ? LEDE_MEMORY_SLACK : 0)) {
            // Stop now: lauxlib's buffers raise on the first refusal, without a collection.
            if (budget->stop == LEDE_STOP_NONE && budget->main) {
#if LUA_VERSION_RELEASE_NUM < 50405
                // From 5.4.5 the stack may be mid-reallocation here; the hook records it instead.
                record_where(budget, budget->main);
#endif
                budget->stop = LEDE_STOP_MEMORY;
                budget->stopped_by_refusal = 1;
                arm_stop_hook(budget->main);
            }
            budget->refused_block = ptr;
            budget->refused_size = nsize;
            return NULL;
        }
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL) return NULL;
    budget->refused_block = NULL;
    budget->refused_size = 0;
    budget->used = budget->used - old + nsize;
    if (budget->used > budget->peak) budget->peak = budget->used;
    return block;
}

typedef struct {
    void *box;
    lede_swift_call call;
    lede_swift_release release;
} lede_swift_function;

static const char *const SWIFT_FUNCTION = "lede.swiftfunction";

static int trampoline(lua_State *L) {
    lede_swift_function *fn = (lede_swift_function *)lua_touserdata(L, lua_upvalueindex(1));
    int results = fn->call(L, fn->box);
    if (results >= 0) return results;
    if (results == -1 && lua_type(L, -1) == LUA_TSTRING) {  // as luaL_error does: say where the caller was
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

static int release_swift_function(lua_State *L) {
    lede_swift_function *fn = (lede_swift_function *)lua_touserdata(L, 1);
    if (fn && fn->box) {
        fn->release(fn->box);
        fn->box = NULL;
    }
    return 0;
}

void lede_pushswiftfunction(lua_State *L, void *box, lede_swift_call call, lede_swift_release release) {
    lede_swift_function *fn = (lede_swift_function *)lua_newuserdatauv(L, sizeof *fn, 0);
    fn->box = box;
    fn->call = call;
    fn->release = release;
    if (luaL_newmetatable(L, SWIFT_FUNCTION)) {
        lua_pushcfunction(L, release_swift_function);
        lua_setfield(L, -2, "__gc");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, -2);
    lua_pushcclosure(L, trampoline, 1);
}

int lede_traceback_handler(lua_State *L) {
    const char *message = lua_tostring(L, 1);
    if (message == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            message = lua_tostring(L, -1);
        else
            message = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, message, 1);
    return 1;
}

static lede_budget *budget_of(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (lede_budget *)ud;
}

// The script's innermost frame with a line: where it was. lede's own library
// (chunks named "lede/…") is skipped, since the script called into it. Reads the
// stack only and allocates nothing.
static void record_where(lede_budget *budget, lua_State *L) {
    if (budget->where[0]) return;
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 && strncmp(ar.short_src, "lede/", 5) != 0) {
            snprintf(budget->where, sizeof budget->where, "%s:%d", ar.short_src, ar.currentline);
            return;
        }
    }
}

static const char *stop_message(int reason) {
    switch (reason) {
    case LEDE_STOP_INTERRUPT: return "interrupted!";
    case LEDE_STOP_TIME: return "time limit reached";
    case LEDE_STOP_MEMORY: return "memory limit reached";
    case LEDE_STOP_EXIT: return "os.exit called";
    default: return "stopped";
    }
}

// Armed once the run is stopped: fires at every instruction and raises, so that
// when a script's own pcall catches the error the next instruction raises it again.
static void stop_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    lede_budget *budget = budget_of(L);
    if (budget->stop == LEDE_STOP_NONE) return;
    record_where(budget, L);
    luaL_where(L, 0);
    lua_pushstring(L, stop_message(budget->stop));
    lua_concat(L, 2);
    lua_error(L);
}

static void arm_stop_hook(lua_State *L) {
    lua_sethook(L, stop_hook, LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

static void stop_without_reading_stack(lua_State *L, int reason) {
    lede_budget *budget = budget_of(L);
    if (budget->stop == LEDE_STOP_NONE) budget->stop = reason;
    arm_stop_hook(L);
    if (budget->main && budget->main != L) arm_stop_hook(budget->main);
}

void lede_stop(lua_State *L, int reason) {
    record_where(budget_of(L), L);
    stop_without_reading_stack(L, reason);
}

// From a signal handler: the hook records where the script was.
void lede_request_interrupt(lua_State *L) {
    stop_without_reading_stack(L, LEDE_STOP_INTERRUPT);
}

void lede_cancel_interrupt(lua_State *L) {
    lede_budget *budget = budget_of(L);
    budget->stop = LEDE_STOP_NONE;
    budget->stopped_by_refusal = 0;
    budget->where[0] = 0;
    lua_sethook(L, NULL, 0, 0);
    if (budget->main && budget->main != L) lua_sethook(budget->main, NULL, 0, 0);
}

// The only global state: a signal handler can reach nothing else.
static lua_State *volatile sigint_target = NULL;
static lua_State *volatile deadline_target = NULL;

static void on_deadline(int signo) {
    (void)signo;
    lua_State *L = deadline_target;
    if (L) stop_without_reading_stack(L, LEDE_STOP_TIME);
}

void lede_watch_deadline(lua_State *L) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_deadline;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;  // a read or write in progress carries on; the hook stops the script
    sigaction(SIGALRM, &action, NULL);
    deadline_target = L;
}

void lede_unwatch_deadline(lua_State *L) {
    if (deadline_target == L) deadline_target = NULL;
}
static struct sigaction previous_sigint;

// As lua.c does: the first Ctrl-C asks the script to stop at its next instruction and puts
// the default action back, so that a second one ends lede when the script is stuck where no
// instruction runs (a long call into C). The next call into Lua catches Ctrl-C again.
static void on_sigint(int signo) {
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signo, &fallback, NULL);
    lua_State *L = sigint_target;
    if (L) lede_request_interrupt(L);
}

void lede_catch_sigint(lua_State *L) {
    if (L) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_sigint;
        sigemptyset(&action.sa_mask);
        sigint_target = L;
        sigaction(SIGINT, &action, &previous_sigint);
    } else {
        sigaction(SIGINT, &previous_sigint, NULL);
        sigint_target = NULL;
    }
}

int lede_flush_stdout(int discard) {
#ifdef __GLIBC__
    if (discard) __fpurge(stdout);
#endif
    errno = 0;
    int error = 0;
    if (fflush(stdout) != 0) error = errno ? errno : EIO;
    else if (ferror(stdout)) error = -1;  // an earlier write failed; its errno is gone
    clearerr(stdout);
    return error;
}

int lede_gc_pause(lua_State *L) {
    if (!lua_gc(L, LUA_GCISRUNNING)) return 0;
    lua_gc(L, LUA_GCSTOP);
    return 1;
}

void lede_gc_resume(lua_State *L) {
    lua_gc(L, LUA_GCRESTART);
}
