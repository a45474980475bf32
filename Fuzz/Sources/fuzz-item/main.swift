import FuzzDriver

FuzzDriver.run(.item)
