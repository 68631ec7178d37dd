// Placeholder: the Electron main process is written next.
export {}
