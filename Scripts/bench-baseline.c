/*
 * Benchmark baseline: writes the council workbook's Tiltak sheet straight through libxlsxwriter,
 * from the TSV that `tiltak list --format tsv` prints (the same values tiltak writes), with the same
 * layout: an Excel table (or, in constant-memory mode, a header row and an autofilter), the header,
 * text, year and amount formats, column widths from the content, frozen header and ID column, the
 * Status dropdown from a hidden Lister sheet, and the print setup. It is the limit for this design:
 * what the C library costs without any Swift around it.
 *
 *   bench-baseline IN.tsv OUT.xlsx [--constant-memory]
 *
 * Built by Scripts/bench: gcc -O2 bench-baseline.c $(pkg-config --cflags --libs xlsxwriter)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define COLUMNS 15

static const char *headers[COLUMNS] = {
    "ID", "Tema", "Tiltak", "Tidsramme", "Ansvar", "Involvert", "Finansiering", "Merknad", "Status",
    "Kommentar", "Innsatsområde", "Frå år", "Til år", "Kostnad (kr)", "Kostnadstype"};

/* Characters (code points) in the longest line of s. */
static int display_length(const char *s) {
    int longest = 0, current = 0;
    for (; *s; s++) {
        if (*s == '\n') {
            if (current > longest) longest = current;
            current = 0;
        } else if (((unsigned char)*s & 0xC0) != 0x80) {
            current++;
        }
    }
    return current > longest ? current : longest;
}

/* Undoes the TSV escapes \\, \t, \n, \r in place. */
static void unescape(char *s) {
    char *out = s;
    for (; *s; s++) {
        if (*s == '\\' && s[1]) {
            s++;
            *out++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s == 'r' ? '\r' : *s;
        } else {
            *out++ = *s;
        }
    }
    *out = 0;
}

/* A text cell's line lengths, kept to give rows whose text wraps the height of their lines, as tiltak
 * does once the column widths are known. */
typedef struct {
    int row, col, count;
    int *lengths;
} measured_t;

static measured_t *measured = NULL;
static size_t measured_count = 0, measured_capacity = 0;

/* Records the line lengths of s at (row, col) when it has more than 6 characters. */
static void measure(int row, int col, const char *s) {
    int total = 0, lines = 1;
    for (const char *p = s; *p; p++) {
        if (*p == '\n') lines++;
        else if (((unsigned char)*p & 0xC0) != 0x80) total++;
    }
    if (total <= 6) return;
    if (measured_count == measured_capacity) {
        measured_capacity = measured_capacity ? 2 * measured_capacity : 4096;
        measured = realloc(measured, measured_capacity * sizeof *measured);
        if (!measured) exit(1);
    }
    measured_t *m = &measured[measured_count++];
    m->row = row;
    m->col = col;
    m->count = lines;
    m->lengths = malloc(lines * sizeof(int));
    if (!m->lengths) exit(1);
    int line = 0, current = 0;
    for (const char *p = s;; p++) {
        if (*p == '\n' || *p == 0) {
            m->lengths[line++] = current;
            current = 0;
            if (*p == 0) break;
        } else if (((unsigned char)*p & 0xC0) != 0x80) {
            current++;
        }
    }
}

static int digits_width(long value) {
    char text[32];
    int n = snprintf(text, sizeof text, "%ld", value);
    return n + (value >= 1000 ? n / 3 : 0);
}

static void check(lxw_error error, const char *what) {
    if (error) {
        fprintf(stderr, "bench-baseline: %s: %s\n", what, lxw_strerror(error));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: bench-baseline IN.tsv OUT.xlsx [--constant-memory]\n");
        return 64;
    }
    int streaming = argc > 3 && strcmp(argv[3], "--constant-memory") == 0;
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 66;
    }
    lxw_workbook_options options = {.constant_memory = streaming, .tmpdir = NULL, .use_zip64 = 0};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Tiltak");

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_border_color(header, 0xA6A6A6);
    lxw_format *text = workbook_add_format(workbook);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(text);
    lxw_format *amount = workbook_add_format(workbook);
    format_set_num_format(amount, "#,##0");
    format_set_align(amount, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *integer = workbook_add_format(workbook);
    format_set_num_format(integer, "0");
    format_set_align(integer, LXW_ALIGN_VERTICAL_TOP);

    int widths[COLUMNS] = {0};
    if (streaming) {
        for (int col = 0; col < COLUMNS; col++) {
            check(worksheet_write_string(sheet, 0, col, headers[col], header), "header");
            widths[col] = display_length(headers[col]);
        }
    }

    size_t capacity = 0;
    char *line = NULL;
    ssize_t length;
    int row = 0;
    char *cells[COLUMNS];
    while ((length = getline(&line, &capacity, in)) > 0) {
        if (line[length - 1] == '\n') line[--length] = 0;
        if (row++ == 0) continue; /* the TSV's header */
        int count = 0;
        char *start = line;
        for (char *p = line;; p++) {
            if (*p == '\t' || *p == 0) {
                int end = *p == 0;
                *p = 0;
                if (count < COLUMNS) cells[count++] = start;
                start = p + 1;
                if (end) break;
            }
        }
        int r = row - 1;
        for (int col = 0; col < count; col++) {
            char *cell = cells[col];
            if (!*cell) continue;
            if (col == 11 || col == 12 || col == 13) {
                long value = strtol(cell, NULL, 10);
                check(worksheet_write_number(sheet, r, col, (double)value, col == 13 ? amount : integer),
                      "number");
                int w = digits_width(value);
                if (w > widths[col]) widths[col] = w;
            } else {
                unescape(cell);
                check(worksheet_write_string(sheet, r, col, cell, text), "string");
                if (!streaming) measure(r, col, cell);
                int w = display_length(cell);
                if (w > widths[col]) widths[col] = w;
            }
        }
    }
    free(line);
    fclose(in);
    int last_row = row > 1 ? row - 1 : 1;

    for (int col = 0; col < COLUMNS; col++) {
        int w = display_length(headers[col]) + 3;
        if (w > widths[col]) widths[col] = w;
    }
    if (widths[8] < 14) widths[8] = 14;
    if (widths[9] < 30) widths[9] = 30;

    if (streaming) {
        check(worksheet_autofilter(sheet, 0, 0, last_row, COLUMNS - 1), "autofilter");
    } else {
        lxw_table_column columns[COLUMNS];
        lxw_table_column *column_list[COLUMNS + 1];
        memset(columns, 0, sizeof columns);
        for (int col = 0; col < COLUMNS; col++) {
            columns[col].header = (char *)headers[col];
            columns[col].header_format = header;
            column_list[col] = &columns[col];
        }
        column_list[COLUMNS] = NULL;
        lxw_table_options table = {.name = "Tiltak",
                                   .style_type = LXW_TABLE_STYLE_TYPE_MEDIUM,
                                   .style_type_number = 2,
                                   .columns = column_list};
        check(worksheet_add_table(sheet, 0, 0, last_row, COLUMNS - 1, &table), "table");
    }

    const char *statuses[] = {"Ikkje starta", "Pågår", "Fullført", "Utsett", "Avlyst"};
    lxw_data_validation validation = {.validate = LXW_VALIDATION_TYPE_LIST_FORMULA,
                                      .value_formula = "=Lister!$A$1:$A$5",
                                      .ignore_blank = LXW_VALIDATION_ON,
                                      .input_title = "Status",
                                      .input_message = "Vel status frå lista.",
                                      .error_title = "Ugyldig status",
                                      .error_message = "Vel ein av verdiane i lista."};
    check(worksheet_data_validation_range(sheet, 1, 8, last_row, 8, &validation), "validation");
    worksheet_freeze_panes(sheet, 1, 1);
    /* The most characters each column is wide, for legible print (ActionTableLayout.printWidth). */
    static const int most[COLUMNS] = {8, 14, 30, 10, 14, 16, 12, 22, 12, 14, 16, 6, 6, 12, 16};
    int per_line[COLUMNS], one_line[COLUMNS];
    for (int col = 0; col < COLUMNS; col++) {
        int cap = most[col] < 6 ? 6 : most[col];
        int w = widths[col] < 6 ? 6 : widths[col] > cap ? cap : widths[col];
        check(worksheet_set_column(sheet, col, col, w + 2, NULL), "column");
        one_line[col] = (int)((w + 2) * 1.1);
        per_line[col] = one_line[col] - 3 > 1 ? one_line[col] - 3 : 1;
    }
    /* Rows whose text wraps get the height of their lines (15 points a line, at most 409). The cells
     * were recorded in row order. */
    for (size_t i = 0; i < measured_count;) {
        int row = measured[i].row, lines = 1;
        for (; i < measured_count && measured[i].row == row; i++) {
            int n = 0, p = per_line[measured[i].col], o = one_line[measured[i].col];
            for (int k = 0; k < measured[i].count; k++) {
                int length = measured[i].lengths[k];
                int wrapped = length <= o ? 1 : (length + p - 1) / p;
                n += wrapped > 1 ? wrapped : 1;
            }
            if (n > lines) lines = n;
            free(measured[i].lengths);
        }
        if (lines > 1) {
            double height = 15.0 * lines > 409 ? 409 : 15.0 * lines;
            check(worksheet_set_row(sheet, row, height, NULL), "row height");
        }
    }
    free(measured);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_set_print_scale(sheet, 81);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.75, 0.75);
    check(worksheet_print_area(sheet, 0, 0, last_row, 9), "print area");
    check(worksheet_set_header(sheet, "&CHandlingsprogram"), "header");
    check(worksheet_set_footer(sheet, "&LTiltak&RSide &P av &N"), "footer");
    check(worksheet_repeat_rows(sheet, 0, 0), "repeat rows");

    lxw_worksheet *lists = workbook_add_worksheet(workbook, "Lister");
    for (int i = 0; i < 5; i++) worksheet_write_string(lists, i, 0, statuses[i], NULL);
    worksheet_set_column(lists, 0, 0, 16, NULL);
    worksheet_hide(lists);
    worksheet_activate(sheet);
    check(workbook_close(workbook), "close");
    return 0;
}
