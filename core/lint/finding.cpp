#include "lint/finding.h"
