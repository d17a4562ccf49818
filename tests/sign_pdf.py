"""Signs the empty signature field of a PDF with pyHanko and validates the
signature, for tests/testsuite/signature_field.rs.

Usage: python3 sign_pdf.py IN.pdf OUT.pdf

Makes a self-signed test certificate (RSA 2048, key usage digital
signature and non-repudiation), lists the PDF's empty signature fields,
signs the only one in place (pyHanko's `existing_fields_only`: it may not
create a field of its own), then reads the signed file back and validates
the signature with the certificate as the only trust root. Prints, one per
line:

    EMPTY <field name>            each empty signature field before signing
    SIGNED <field name>           the field that holds the signature
    STATUS intact=<bool> valid=<bool> trusted=<bool> coverage=<name>
    BOTTOM_LINE <bool>            pyHanko's overall verdict

Exits 1 with pyHanko's message when signing or validating fails.
"""

import datetime
import sys
import tempfile

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


def make_certificate(folder):
    """A self-signed signing certificate; returns the key and cert paths."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Đảng ủy phường Mỹ Độ (thử)"),
        x509.NameAttribute(NameOID.COMMON_NAME, "Hoàng Trọng Hiếu (thử)"),
    ])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_path = folder + "/key.pem"
    cert_path = folder + "/cert.pem"
    with open(key_path, "wb") as out:
        out.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    with open(cert_path, "wb") as out:
        out.write(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def main():
    source, target = sys.argv[1], sys.argv[2]
    # The folder with the test key goes, whatever happens.
    with tempfile.TemporaryDirectory() as folder:
        sign_and_validate(source, target, folder)


def sign_and_validate(source, target, folder):
    key_path, cert_path = make_certificate(folder)

    with open(source, "rb") as infile:
        reader = PdfFileReader(infile)
        empty = [
            name
            for name, _value, _ref in fields.enumerate_sig_fields(reader, filled_status=False)
        ]
    for name in empty:
        print("EMPTY", name)
    if len(empty) != 1:
        print(f"expected one empty signature field, found {len(empty)}", file=sys.stderr)
        sys.exit(1)

    signer = signers.SimpleSigner.load(key_path, cert_path)
    meta = signers.PdfSignatureMetadata(field_name=empty[0], reason="Kiểm thử")
    with open(source, "rb") as infile, open(target, "wb") as outfile:
        writer = IncrementalPdfFileWriter(infile)
        signers.PdfSigner(meta, signer).sign_pdf(
            writer, existing_fields_only=True, output=outfile
        )

    root = load_cert_from_pemder(cert_path)
    with open(target, "rb") as signed:
        reader = PdfFileReader(signed)
        sigs = reader.embedded_signatures
        if len(sigs) != 1:
            print(f"expected one signature, found {len(sigs)}", file=sys.stderr)
            sys.exit(1)
        sig = sigs[0]
        print("SIGNED", sig.field_name)
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root]))
        print(
            f"STATUS intact={status.intact} valid={status.valid} "
            f"trusted={status.trusted} coverage={status.coverage.name}"
        )
        print("BOTTOM_LINE", status.bottom_line)


if __name__ == "__main__":
    main()
