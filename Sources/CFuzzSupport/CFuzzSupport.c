// The header declares libFuzzer's driver; this module has no code of its own.
#include "CFuzzSupport.h"
