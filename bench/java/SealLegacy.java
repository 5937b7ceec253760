import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals each argument in the form used before key ids and row binding (v1: the raw data key, no
 * additional data), one line each. The backend still reads that form in any row (until the
 * re-encryption job moves it), so the bench generators can give many generated rows one value
 * without copying a bound ciphertext, which would not open outside its own row.
 *
 * Usage: java SealLegacy.java DATA_KEY_BASE64 TEXT...
 */
public class SealLegacy {
    public static void main(String[] args) throws Exception {
        SecretKeySpec key = new SecretKeySpec(Base64.getDecoder().decode(args[0].trim()), "AES");
        SecureRandom random = new SecureRandom();
        for (int i = 1; i < args.length; i++) {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = gcm.doFinal(args[i].getBytes(StandardCharsets.UTF_8));
            System.out.println("v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array()));
        }
    }
}
