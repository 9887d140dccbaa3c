"""kg: Russian government news → a knowledge graph of officials, bodies and events.

Stages, data flowing one way: :mod:`kg.read` → :mod:`kg.nlp` → :mod:`kg.extract` →
:mod:`kg.graph` → :mod:`kg.store` → :mod:`kg.viz`; :mod:`kg.cli` drives them.
"""
import os as _os

# slovnet's matrices are small: BLAS threads only contend with each other (measured on the
# devset: 2.9 s single-threaded against 5-40 s with OpenBLAS's default threads, 2 cores).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")

__version__ = "0.1.0"
__all__ = ["__version__"]
