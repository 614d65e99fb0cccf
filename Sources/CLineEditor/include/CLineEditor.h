#ifndef LEDE_CLINEEDITOR_H
#define LEDE_CLINEEDITOR_H

// A small C face over libedit's native API, whose variadic functions Swift cannot call.

typedef struct lede_editor lede_editor;

// Completion: given the text before the cursor, returns a malloc'd string
// "N\ncandidate\ncandidate…": each candidate replaces the last N bytes. NULL: none.
typedef char *(*lede_complete_fn)(void *context, const char *before_cursor);

lede_editor *lede_editor_open(const char *program);
void lede_editor_close(lede_editor *editor);
void lede_editor_set_completion(lede_editor *editor, lede_complete_fn complete, void *context);

// Reads one line (without its newline) into a malloc'd string; NULL at end of input.
// Ctrl-C abandons the line: the result is NULL and *interrupted is 1.
// `prompt` may hold terminal escapes between \1 markers (not counted as printing).
char *lede_editor_read(lede_editor *editor, const char *prompt, int *interrupted);

// History: at most `size` entries, consecutive duplicates dropped.
void lede_history_set_size(lede_editor *editor, int size);
void lede_history_add(lede_editor *editor, const char *entry);
int lede_history_load(lede_editor *editor, const char *path);
// Saves through a temporary file and a rename: the old file stays whole if this fails.
int lede_history_save(lede_editor *editor, const char *path);
int lede_history_count(lede_editor *editor);

#endif
