#ifndef TEISHUTSU_CLIBXML2_SHIM_H
#define TEISHUTSU_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, whose headers clash with Foundation's own ICU on a
// clean build ("'UErrorCode' has different definitions in different modules"). Nothing here
// needs libxml2's ICU API: read the version header first and switch it off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>

// xmlFree is a mutable global function pointer, which Swift 6 refuses to touch.
static inline void teishutsu_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
