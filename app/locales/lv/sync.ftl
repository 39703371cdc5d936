## This device: storage and sync; the offline page
