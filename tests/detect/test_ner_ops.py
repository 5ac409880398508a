"""The NER model on numpy's BLAS (one thread) gives what thinc's default ops give."""

import numpy
import pytest

from pii_scanner.detect.ner.ops import BlasOps, single_blas_thread


def test_blas_gemm_equals_thinc_gemm_for_every_transpose():
    from thinc.api import NumpyOps

    rng = numpy.random.default_rng(3)
    x = rng.standard_normal((7, 5)).astype("float32")
    y = rng.standard_normal((5, 4)).astype("float32")
    ours, theirs = BlasOps(), NumpyOps()
    for trans1, trans2, a, b in ((False, False, x, y), (True, False, x.T.copy(), y),
                                 (False, True, x, y.T.copy()), (True, True, x.T.copy(), y.T.copy())):
        assert numpy.allclose(ours.gemm(a, b, trans1=trans1, trans2=trans2),
                              theirs.gemm(a, b, trans1=trans1, trans2=trans2), atol=1e-5)
    out = numpy.zeros((7, 4), dtype="float32")
    assert ours.gemm(x, y, out=out) is out and numpy.allclose(out, x @ y, atol=1e-5)


def test_single_blas_thread_limits_and_restores():
    from threadpoolctl import threadpool_info

    before = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    with single_blas_thread():
        inside = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    after = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    assert all(n == 1 for n in inside) and after == before


@pytest.mark.model
def test_shipped_model_gives_the_same_people_on_blas_ops():
    import spacy

    from pii_scanner.detect import ner

    path = ner.default_model_path()
    if path is None:
        pytest.skip("NER model not installed")
    texts = ["Hei Kari,\n\nJeg snakket med Sigvaldi Thorkelsdottir i går.\n\nMvh\nOla Nordmann",
             "Fra: Per Hansen <per@example.no>\nKopi: Ingrid Aas", "ring Nordmann i morgen"]
    fast = ner.load_ner(path).person_spans(texts)
    plain = spacy.load(path)  # thinc's default ops
    expected = [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
                for doc in plain.pipe(texts)]
    assert [[(a, b) for a, b, _ in spans] for spans in fast] == expected
    assert any(expected)


def test_single_blas_thread_restores_after_an_error():
    from threadpoolctl import threadpool_info

    before = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    with pytest.raises(RuntimeError):
        with single_blas_thread():
            raise RuntimeError("model failed")
    assert [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"] == before
