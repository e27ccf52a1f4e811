// Entry point: @a2f/storage/http (being written).
export {}
