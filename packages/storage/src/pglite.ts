// Entry point: @a2f/storage/pglite (being written).
export {}
