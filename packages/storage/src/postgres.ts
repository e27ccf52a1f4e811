// Entry point: @a2f/storage/postgres (being written).
export {}
