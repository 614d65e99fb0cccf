#include "CLineEditor.h"
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <wchar.h>
#include <histedit.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct lede_editor {
    EditLine *el;
    FILE *terminal;  // the terminal as standard output was at start: prompts stay there when output is redirected
    History *history;
    char *prompt;
    lede_complete_fn complete;
    void *context;
};

// Set by the SIGINT handler while a line is being read; nothing else writes it.
static volatile sig_atomic_t interrupted_read = 0;

static void on_sigint_while_reading(int signo) {
    (void)signo;
    interrupted_read = 1;
}

static char *prompt_text(EditLine *el) {
    lede_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    return editor && editor->prompt ? editor->prompt : "";
}

// Reads a character; a Ctrl-C (EINTR with the flag up) ends the read as an error.
static int read_char(EditLine *el, wchar_t *out) {
    (void)el;
    char bytes[MB_LEN_MAX];
    size_t length = 0;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        // Poll rather than block in read(): a Ctrl-C that lands just before read() would
        // otherwise leave the flag up and the read waiting for a key.
        if (interrupted_read) return -1;
        struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN};
        int ready = poll(&input, 1, 100);
        if (ready == 0 || (ready < 0 && errno == EINTR)) continue;
        ssize_t got = read(STDIN_FILENO, bytes + length, 1);
        if (got < 0) {
            if (errno == EINTR && !interrupted_read) continue;
            return -1;
        }
        if (got == 0) return 0;
        length += 1;
        wchar_t wide;
        size_t used = mbrtowc(&wide, bytes, length, &state);
        if (used == (size_t)-2 && length < sizeof bytes) continue;  // an incomplete multibyte character
        if (used == (size_t)-1 || used == (size_t)-2) {
            memset(&state, 0, sizeof state);
            *out = (unsigned char)bytes[0];
            return 1;
        }
        *out = wide;
        return 1;
    }
}

static size_t common_prefix(char **items, size_t count) {
    if (count == 0) return 0;
    size_t length = strlen(items[0]);
    for (size_t i = 1; i < count; i++) {
        size_t j = 0;
        while (j < length && items[i][j] == items[0][j]) j++;
        length = j;
    }
    return length;
}

static unsigned char complete_word(EditLine *el, int ch) {
    (void)ch;
    lede_editor *editor = NULL;
    el_get(el, EL_CLIENTDATA, &editor);
    if (!editor || !editor->complete) return CC_ERROR;
    const LineInfo *line = el_line(el);
    size_t before_length = (size_t)(line->cursor - line->buffer);
    char *before = malloc(before_length + 1);
    if (!before) return CC_ERROR;
    memcpy(before, line->buffer, before_length);
    before[before_length] = '\0';
    char *answer = editor->complete(editor->context, before);
    free(before);
    if (!answer) return CC_REFRESH_BEEP;

    // Parse "N\ncandidate\n…".
    char *cursor = answer;
    long replace = strtol(cursor, &cursor, 10);
    char **items = NULL;
    size_t count = 0;
    while (*cursor == '\n') {
        cursor++;
        char *end = strchr(cursor, '\n');
        size_t length = end ? (size_t)(end - cursor) : strlen(cursor);
        if (length == 0 && !end) break;
        char **grown = realloc(items, (count + 1) * sizeof *items);
        if (!grown) break;
        items = grown;
        items[count] = strndup(cursor, length);
        if (items[count]) count++;
        cursor += length;
    }
    free(answer);

    unsigned char result = CC_REFRESH_BEEP;
    if (count > 0 && replace >= 0 && (size_t)replace <= before_length) {
        size_t prefix = common_prefix(items, count);
        if (prefix > (size_t)replace || count == 1) {
            el_deletestr(el, (int)replace);
            char *text = strndup(items[0], count == 1 ? strlen(items[0]) : prefix);
            if (text) {
                el_insertstr(el, text);
                free(text);
            }
            result = CC_REFRESH;
        } else {
            // Nothing more in common: list the choices under the line, then redraw it.
            fputc('\n', editor->terminal);
            for (size_t i = 0; i < count; i++) fprintf(editor->terminal, "%s%s", items[i], i + 1 < count ? "  " : "\n");
            fflush(editor->terminal);
            result = CC_REDISPLAY;
        }
    }
    for (size_t i = 0; i < count; i++) free(items[i]);
    free(items);
    return result;
}

lede_editor *lede_editor_open(const char *program) {
    lede_editor *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    int terminal = dup(STDOUT_FILENO);
    editor->terminal = terminal >= 0 ? fdopen(terminal, "w") : NULL;
    if (!editor->terminal) {
        if (terminal >= 0) close(terminal);
        free(editor);
        return NULL;
    }
    editor->el = el_init(program, stdin, editor->terminal, stderr);
    editor->history = history_init();
    if (!editor->el || !editor->history) {
        lede_editor_close(editor);
        return NULL;
    }
    HistEvent event;
    history(editor->history, &event, H_SETSIZE, 1000);
    history(editor->history, &event, H_SETUNIQUE, 1);
    el_set(editor->el, EL_CLIENTDATA, editor);
    el_set(editor->el, EL_EDITOR, "emacs");
    el_set(editor->el, EL_SIGNAL, 0);
    el_set(editor->el, EL_PROMPT_ESC, prompt_text, '\1');
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_GETCFN, read_char);
    el_set(editor->el, EL_ADDFN, "lede-complete", "Complete the word before the cursor", complete_word);
    el_set(editor->el, EL_BIND, "^I", "lede-complete", NULL);
    el_source(editor->el, NULL);  // the user's ~/.editrc, as other libedit programs read it
    return editor;
}

void lede_editor_close(lede_editor *editor) {
    if (!editor) return;
    if (editor->el) el_end(editor->el);
    if (editor->history) history_end(editor->history);
    if (editor->terminal) fclose(editor->terminal);
    free(editor->prompt);
    free(editor);
}

void lede_editor_set_completion(lede_editor *editor, lede_complete_fn complete, void *context) {
    editor->complete = complete;
    editor->context = context;
}

char *lede_editor_read(lede_editor *editor, const char *prompt, int *interrupted) {
    free(editor->prompt);
    editor->prompt = strdup(prompt ? prompt : "");
    *interrupted = 0;
    interrupted_read = 0;
    struct sigaction action, previous;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint_while_reading;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous);
    el_resize(editor->el);
    int count = 0;
    const char *line = el_gets(editor->el, &count);
    sigaction(SIGINT, &previous, NULL);
    if (interrupted_read) {
        interrupted_read = 0;
        *interrupted = 1;
        el_reset(editor->el);
        fputc('\n', editor->terminal);
        fflush(editor->terminal);
        return NULL;
    }
    if (!line || count <= 0) return NULL;
    size_t length = strlen(line);
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) length--;
    return strndup(line, length);
}

void lede_history_set_size(lede_editor *editor, int size) {
    HistEvent event;
    history(editor->history, &event, H_SETSIZE, size);
}

void lede_history_add(lede_editor *editor, const char *entry) {
    HistEvent event;
    history(editor->history, &event, H_ENTER, entry);
}

int lede_history_load(lede_editor *editor, const char *path) {
    HistEvent event;
    return history(editor->history, &event, H_LOAD, path) < 0 ? -1 : 0;
}

int lede_history_save(lede_editor *editor, const char *path) {
    size_t length = strlen(path) + 16;
    char *temporary = malloc(length);
    if (!temporary) return -1;
    snprintf(temporary, length, "%s.%ld", path, (long)getpid());
    HistEvent event;
    int status = history(editor->history, &event, H_SAVE, temporary) < 0 ? -1 : 0;
    if (status == 0 && rename(temporary, path) != 0) status = -1;
    if (status != 0) unlink(temporary);
    free(temporary);
    return status;
}

int lede_history_count(lede_editor *editor) {
    HistEvent event;
    if (history(editor->history, &event, H_GETSIZE) < 0) return 0;
    return event.num;
}
