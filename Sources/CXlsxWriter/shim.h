#ifndef TILTAK_CXLSXWRITER_SHIM_H
#define TILTAK_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
