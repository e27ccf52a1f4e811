// Entry point: @a2f/storage/indexeddb (being written).
export {}
