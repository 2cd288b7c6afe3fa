package dev.gongkai.layout;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The recogniser {@link ServiceLoader} finds, looked up once and {@link RecognitionWork#bounded bounded}: readers ask for it on every document (every
 * PDF, every OFD), and what is installed does not change while the class path stands.
 */
final class InstalledRecognizer {

    static final Optional<ImageRecognizer> FIRST =
            ServiceLoader.load(ImageRecognizer.class, ImageRecognizer.class.getClassLoader()).findFirst()
                    .map(RecognitionWork::bounded);

    private InstalledRecognizer() {}
}
