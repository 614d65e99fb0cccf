#include "CLuaShim.h"
#include <stdlib.h>
#include <string.h>

int lede_registryindex(void) { return LUA_REGISTRYINDEX; }
int lede_upvalueindex(int i) { return lua_upvalueindex(i); }
void **lede_extraspace(lua_State *L) { return (void **)lua_getextraspace(L); }

int lede_pcall(lua_State *L, int nargs, int nresults, int msgh) {
    return lua_pcall(L, nargs, nresults, msgh);
}

int lede_loadbuffer(lua_State *L, const char *buffer, size_t size, const char *chunkname, const char *mode) {
    return luaL_loadbufferx(L, buffer, size, chunkname, mode);
}

void *lede_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    lede_budget *budget = (lede_budget *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        budget->used -= old;
        return NULL;
    }
    if (budget->limit && nsize > old && budget->used - old + nsize > budget->limit && budget->host_depth == 0)
        return NULL;
    void *block = realloc(ptr, nsize);
    if (block == NULL) return NULL;
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

// The hook stays armed until the host cancels it, so a script's own pcall
// cannot swallow the interrupt: the next instruction raises it again. Count and
// line events only fire in Lua code, never in the C message handler.
static void interrupt_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    luaL_error(L, "interrupted!");
}

void lede_request_interrupt(lua_State *L) {
    lua_sethook(L, interrupt_hook, LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

void lede_cancel_interrupt(lua_State *L) {
    lua_sethook(L, NULL, 0, 0);
}

// The one piece of global state: a signal handler can reach nothing else.
static lua_State *volatile sigint_target = NULL;
static struct sigaction previous_sigint;

static void on_sigint(int signo) {
    (void)signo;
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
