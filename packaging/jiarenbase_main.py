"""The bundle's entry point (PyInstaller): the same as `python -m jiarenbase`."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # report builds run in a child process of the bundle
    from jiarenbase.__main__ import main

    sys.exit(main())
