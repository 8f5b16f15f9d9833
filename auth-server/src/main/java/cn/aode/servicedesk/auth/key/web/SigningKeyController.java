package cn.aode.servicedesk.auth.key.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.aode.servicedesk.auth.key.SigningKeyService;
import cn.aode.servicedesk.auth.key.SigningKeyService.Rotation;

/** Lets operations see and rotate the signing keys (scope {@code ops}, ADR 9). */
@RestController
@RequestMapping("/api/v1/signing-keys")
public class SigningKeyController {

	private final SigningKeyService keys;

	public SigningKeyController(SigningKeyService keys) {
		this.keys = keys;
	}

	@GetMapping
	public List<SigningKeyView> list() {
		return keys.all()
			.stream()
			.map((key) -> new SigningKeyView(key.kid(), key.state(), key.createdAt(), key.retiredAt(),
					keys.publishedUntil(key)))
			.toList();
	}

	@PostMapping("/rotation")
	public RotationView rotate() {
		Rotation rotation = keys.rotate();
		return new RotationView(rotation.signingKid(), rotation.retiredKids(), rotation.droppedKids());
	}

}
