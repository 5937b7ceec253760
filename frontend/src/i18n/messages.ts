/** The shape of an English message module: the same keys as its Vietnamese original, every leaf a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
