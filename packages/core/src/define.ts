// Registers core's elements. The only module of @ancre/core with side effects.
export {};
