// Core's visible pieces (the error report, the commune search).
import '@ancre/core/define.js';
