// Placeholder: the preload bridge is written next.
export {}
