"""The sync wire format: canonical values, changesets, pull batches and the sealed sync file.

No Qt, no web framework, no database: the laptop's services, the office's service and the USB file all speak
these messages, so one code path serves HTTP and the sync file.
"""
